# a UTF-8 byte order mark before the JSON is read past (RFC 8259 lets a parser ignore it); one scenario, said so
args: check tests/data/malformed/bom.json --stale-days 100000
status: 0
--- stdout
runsheet check: model data (579 cells, 11 platforms, 29 rules), 1 scenario, 0 pricing sheets: no errors, 0 warnings
--- stderr

