while (chunk := f.read(10)):
    process(chunk)
