MATCH (holder:Entity)-[:DESIGNATED_AS]->(d:Designation) WHERE d.tier IN $tiers
WITH holder, collect(d) AS held
OPTIONAL MATCH (holder)-[:LOCATED_IN|PART_OF*0..3]->(province:Region)
  WHERE province.kind IN ['PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'SPECIAL_ADMINISTRATIVE_REGION', 'PRODUCTION_CORPS']
UNWIND held AS d
WITH province, count(DISTINCT d) AS designations, count(DISTINCT holder) AS holders
ORDER BY designations DESC, province.nameEn
RETURN collect({ province: province { .id, .nameEn }, designations: designations, holders: holders }) AS result
