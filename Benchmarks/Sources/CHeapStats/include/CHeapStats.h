#ifndef CHEAPSTATS_H
#define CHEAPSTATS_H
#include <stddef.h>
/// Bytes of heap in use (glibc mallinfo2: uordblks + hblkhd); 0 where unavailable.
size_t cheapstats_heap_in_use(void);
#endif
