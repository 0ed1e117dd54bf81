# "include" takes bills (kind actual), not pricing sheets
args: calc tests/data/include-not-a-bill.json
status: 1
--- stdout

--- stderr
tests/data/include/not-a-bill.json:1:1: error: an included file is a bill: {"kind": "actual", "cells": {"actual": {...}}}, as runsheet import focus writes it
runsheet: 1 error
