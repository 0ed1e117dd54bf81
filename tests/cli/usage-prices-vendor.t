# prices import of a vendor runsheet does not read
args: prices import oracle file.json
status: 2
--- stdout

--- stderr
runsheet: prices import reads aws, azure, gcp or hetzner, not "oracle"
Try 'runsheet prices --help'.
