#ifndef SMTP_CODES_CZLIB_SHIM_H
#define SMTP_CODES_CZLIB_SHIM_H

#include <zlib.h>

#endif
