#!/bin/sh
# A stand-in importer that never finishes.
exec sleep 30
