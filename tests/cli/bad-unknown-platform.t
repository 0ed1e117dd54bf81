# unknown and repeated platform ids
args: calc tests/data/unknown-platform.json
status: 1
--- stdout

--- stderr
tests/data/unknown-platform.json:4:30: error: /platforms/1: unknown platform "cloudrun" (did you mean "cloud_run"?)
tests/data/unknown-platform.json:4:42: error: /platforms/2: unknown platform "lambda"
tests/data/unknown-platform.json:4:52: error: /platforms/3: platform "cloud_run" is listed twice
runsheet: 3 errors
