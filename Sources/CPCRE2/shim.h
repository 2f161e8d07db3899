#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H

// pcre2.h refuses to compile unless the code-unit width is chosen first;
// 8 selects libpcre2-8, whose functions carry the _8 suffix.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// Swift does not import cast macros such as PCRE2_UNSET ((PCRE2_SIZE)~0),
// nor a static const copy of them; an inline function imports as a plain call.
static inline PCRE2_SIZE cpcre2_unset(void) { return PCRE2_UNSET; }

#endif
