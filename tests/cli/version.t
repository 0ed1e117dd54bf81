# --version
args: --version
status: 0
--- stdout
runsheet 1.0.0
--- stderr

