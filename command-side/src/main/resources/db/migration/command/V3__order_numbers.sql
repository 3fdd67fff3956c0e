-- ORD-2: order numbers come from one database sequence, so they are unique across every node.
create sequence order_number_seq as bigint start with 1 increment by 1 cache 1;
