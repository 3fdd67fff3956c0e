/**
 * The command side: the Order, InventoryItem and Refund aggregates that decide every change, the sagas
 * that coordinate them, their deadlines and order-number allocation. No web layer: commands arrive
 * through Axon's command bus.
 */
package io.ledgerline.command;
