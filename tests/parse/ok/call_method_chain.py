obj.method().other(1).attr[0]()
'sep'.join(items)
