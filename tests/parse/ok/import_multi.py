import os, sys, threading
