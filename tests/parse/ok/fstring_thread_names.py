print(f'Thread {threading.current_thread().name}: {i}')
print(f"{name} finished in {end - start:.2f}s")
