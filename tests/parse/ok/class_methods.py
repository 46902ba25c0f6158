class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        for _ in range(self.n):
            self.n -= 1
