// crmkit JShell start-up: imports the public packages. Started by examples/bin/crm-jshell.
import java.time.*;
import java.math.*;
import java.nio.file.*;
import java.util.*;
import io.crmkit.core.customer.*;
import io.crmkit.core.money.*;
import io.crmkit.core.transaction.*;
import io.crmkit.core.summary.*;
import io.crmkit.core.interaction.*;
import io.crmkit.core.service.*;
import io.crmkit.core.feedback.*;
import io.crmkit.core.repository.*;
import io.crmkit.core.json.*;
import io.crmkit.lifecycle.churn.*;
