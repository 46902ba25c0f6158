"abc".push("d")
