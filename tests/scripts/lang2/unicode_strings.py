s = "héllo wörld ✓ 日本語"
print(len(s))
print(s[1], s[-3:], s[::-1])
print(s.upper())
print("straße".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print("ÉCOLE".lower(), "éa".capitalize(), "ñandú çà".title())
print(s.find("ö"), s.index("✓"), "日" in s)
print([ord(c) for c in "é✓日"])
print(chr(233), chr(0x2713), chr(0x1F600) == "😀", len("😀"))
print("日本語".encode("utf-8"), len("日本語".encode()))
print(b"\xc3\xa9".decode("utf-8"))
print("é".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), " ".isspace())
print(repr("tab\there"), repr("é"), ascii("é✓"))
print("ü" * 3, "-".join("äöü"))
print(sorted(["é", "e", "z", "a"]))
print("Ǆemal".swapcase(), "ß".casefold())
print(f"{'日本':>6}|{'é':^5}|")
print(s.split(" "))
print("ñ".center(5, "*"), "x".zfill(3))
print(str(bytes("é", "utf-8"), "utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__)
