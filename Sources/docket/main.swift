import DocketCore
import Foundation

exit(Docket.main())
