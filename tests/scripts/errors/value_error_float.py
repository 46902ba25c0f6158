float("not a float")
