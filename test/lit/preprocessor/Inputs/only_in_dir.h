int found_through_dash_I;
