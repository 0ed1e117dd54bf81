# an include allowed with --allow-include that is not JSON: no byte of it quoted
args: calc tests/data/include/outside.json --allow-include /etc
status: 1
--- stdout

--- stderr
/etc/passwd:1:1: error: not a JSON file: JSON starts with "{", and this file does not
runsheet: 1 error
