#include "model/storage/epwreader.h"
