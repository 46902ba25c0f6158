class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return "%d %s" % (self.status, self.reason)
raise HttpError(404, "Not Found")
