/** The typed archive: immutable records that every later stage reads, free of library types. */
package org.annals.model;
