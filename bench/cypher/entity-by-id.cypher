MATCH (p:Entity {id: $id})
RETURN p { .id, .nameEn, .nameZh, aliases: coalesce(p.aliases, []), .note } AS result
