# a model image with a cell line and no definition line
args: diff tests/data/diff/usd tests/data/diff/bad-image
status: 1
--- stdout

--- stderr
tests/data/diff/bad-image/scenarios/tiny/data.json:23:18: error: /model_image: line 6 of the model image: a definition line (d) was expected
runsheet: 1 error
