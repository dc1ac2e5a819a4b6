#!/bin/sh
# A stand-in importer that crashes as a buggy one would.
kill -SEGV $$
