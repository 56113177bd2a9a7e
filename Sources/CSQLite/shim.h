#ifndef SMTP_CODES_CSQLITE_SHIM_H
#define SMTP_CODES_CSQLITE_SHIM_H

#include <sqlite3.h>

#endif
