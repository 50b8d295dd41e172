#ifndef PARALLAX_MEMORY_TUNING_H
#define PARALLAX_MEMORY_TUNING_H

/// Makes the allocator give freed memory back to the system promptly. Called once at start.
void parallax_return_freed_memory(void);

#endif
