/** The records that templates see: plain values and ready-made relative links, never services. */
package org.annals.render.view;
