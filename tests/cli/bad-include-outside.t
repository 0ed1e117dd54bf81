# an include outside the scenario's directory is refused, and nothing of the file is quoted
args: calc tests/data/include/outside.json
status: 1
--- stdout

--- stderr
tests/data/include/outside.json:4:15: error: /include/0: /etc/passwd is outside the scenario's directory, so it is not read: move it beside the scenario, or allow its directory with --allow-include DIR
runsheet: 1 error
