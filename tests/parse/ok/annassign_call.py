q: Queue = Queue()
