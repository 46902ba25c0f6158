import sys
print("exit with a message")
sys.exit("fatal: something went wrong")
