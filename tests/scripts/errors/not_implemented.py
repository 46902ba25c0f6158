class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
Shape().area()
