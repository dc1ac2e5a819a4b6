#!/bin/sh
# A stand-in importer that answers with something that is not a model.
echo "not a model"
