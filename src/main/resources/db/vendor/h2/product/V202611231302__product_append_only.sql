create trigger product_custody_event_append_only before update, delete on product_custody_event
    for each row call 'org.regenpath.product.AppendOnlyRows';
create trigger product_bedside_attempt_append_only before update, delete on product_bedside_attempt
    for each row call 'org.regenpath.product.AppendOnlyRows';
