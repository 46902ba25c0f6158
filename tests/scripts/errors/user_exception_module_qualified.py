class Outer:
    class Inner(ValueError):
        pass
raise Outer.Inner("nested class")
