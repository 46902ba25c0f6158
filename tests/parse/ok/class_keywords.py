class C(Base, metaclass=Meta, **kw):
    pass
class D(*bases): pass
