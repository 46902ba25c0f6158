from a import (b, c)
from a import (
    d,
    e as f,
)
