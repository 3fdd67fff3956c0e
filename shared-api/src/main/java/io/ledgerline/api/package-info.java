/**
 * The message contract between the sides of Ledgerline: commands, events, queries and views as records,
 * one per file, in a package per aggregate. Events are stored forever: never rename or repurpose one;
 * evolve it with {@code @Revision} and an upcaster.
 */
package io.ledgerline.api;
