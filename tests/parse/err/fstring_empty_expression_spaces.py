f'a{ }b'
