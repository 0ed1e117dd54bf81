# the file ends inside a quoted field
args: import focus tests/data/focus/bad-open-quote.csv
status: 1
--- stdout

--- stderr
tests/data/focus/bad-open-quote.csv:5:1: error: the file ends inside a quoted field of the row that begins here: is it truncated?
runsheet: 1 error
