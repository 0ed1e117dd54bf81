# a UTF-16 file (what PowerShell's > writes) is named so, not a NUL byte
args: calc tests/data/malformed/utf16.json
status: 1
--- stdout

--- stderr
tests/data/malformed/utf16.json:1:1: error: the file is UTF-16 (what PowerShell's > writes); runsheet reads UTF-8: save it as UTF-8 (Out-File -Encoding utf8, or iconv -f UTF-16 -t UTF-8)
runsheet: 1 error
