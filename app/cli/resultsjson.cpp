#include "app/cli/resultsjson.h"
