#include "model/storage/projectfile.h"
