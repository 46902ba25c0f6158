y: list[int]
