# the same as JSON
args: diff tests/data/diff/usd tests/data/diff/usd --format json
status: 0
--- stdout
{
  "old": "tests/data/diff/usd",
  "new": "tests/data/diff/usd",
  "data_format": 1,
  "currency": "USD",
  "summary": {
    "scenarios": 1,
    "changed": 0,
    "verdicts_changed": 0,
    "added": 0,
    "removed": 0
  },
  "scenarios": [
    {
      "id": "tiny",
      "title": "A tiny hand-written scenario",
      "changed": false,
      "verdict_changed": false,
      "before": {
        "platform": "tiny",
        "name": "Tiny",
        "total": 10
      },
      "after": {
        "platform": "tiny",
        "name": "Tiny",
        "total": 10
      },
      "change": {
        "usd": 0,
        "fraction": 0
      },
      "platforms": [],
      "platforms_added": [],
      "platforms_removed": [],
      "method": "none",
      "causes": []
    }
  ],
  "added": [],
  "removed": []
}
--- stderr

