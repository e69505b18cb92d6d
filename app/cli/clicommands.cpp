#include "app/cli/clicommands.h"
