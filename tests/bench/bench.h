/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench.h: what every benchmark does with its runs: take a percentile and print it. */

#pragma once

#include <glib.h>
#include <stdlib.h>

static inline int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value at @fraction of @values from the least (0) through the median (0.5) to the most
 * (1), the nearest rank; sorts @values in place. */
static inline double
bench_percentile (double *values,
                  guint   n,
                  double  fraction)
{
  guint index;

  g_assert (n > 0);
  qsort (values, n, sizeof (double), bench_compare_doubles);
  index = (guint) (fraction * (n - 1) + 0.5);

  return values[MIN (index, n - 1)];
}

/* One result, in the form `build-aux/dev bench` prints: "BENCH <name> <value> <unit>". */
static inline void
bench_report (const char *name,
              double      value,
              const char *unit)
{
  g_print ("BENCH %s %.3f %s\n", name, value, unit);
}
