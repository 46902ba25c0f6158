def import(): pass
