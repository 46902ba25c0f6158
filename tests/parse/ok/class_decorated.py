@dataclass
@register('x')
class C:
    a: int
    b: str = ''
